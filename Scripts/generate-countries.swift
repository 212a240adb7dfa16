// Generates Sources/CoopGraph/Resources/gazetteers/countries.tsv.
//
// Usage (from the repository root):
//   swift Scripts/generate-countries.swift > Sources/CoopGraph/Resources/gazetteers/countries.tsv
//
// The base names come from Foundation's CLDR data (Korean and English display names of ISO 3166
// regions); the tables below override what CLDR gets wrong for Korean press releases
// (CLDR says "중국 본토", "대한민국", "오스트레일리아"; releases say 중국, 한국, 호주) and add the
// short, hanja and compound forms releases use. Only acting states are kept: the 193 UN members
// plus the entities that act like states in releases (Taiwan, Hong Kong, Macau, Palestine, Kosovo,
// the Holy See, Western Sahara, Cook Islands, Niue, Greenland). Other dependent territories and
// pseudo-regions (Antarctica, "world", tiny islands) are dropped on purpose: they almost never act
// in a cooperation release and their short names collide with ordinary words.
import Foundation

/// The 193 UN member states, ISO 3166-1 alpha-2.
let unMembers = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL \
CN CO KM CG CD CR CI HR CU CY CZ KP DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN \
GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT \
MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU \
RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV \
UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW
""".split(separator: " ").map(String.init)

/// Non-members that act like states in releases.
let otherStates = ["TW", "HK", "MO", "PS", "XK", "VA", "EH", "CK", "NU", "GL"]

struct Override {
    var name: String? = nil        // Korean canonical name when CLDR's differs
    var english: String? = nil     // English name when CLDR's display form is unsuitable
    var aliases: [String] = []     // extra full aliases (official names, short forms, hanja, codes)
    var compound: [String] = []    // forms that count only inside compounds (한·미, 한일, 韓美)
    var suppress: [String] = []    // CLDR forms that belong to another entry (도미니카 is the Dominican Republic)
}

let overrides: [String: Override] = [
    "KR": Override(name: "한국", english: "Republic of Korea",
                   aliases: ["대한민국", "우리나라", "우리 정부", "우리정부", "남한", "韓", "韓國", "Korea", "South Korea", "Republic of Korea", "ROK", "KOR"],
                   compound: ["한", "韓"]),
    "KP": Override(english: "Democratic People's Republic of Korea",
                   aliases: ["조선민주주의인민공화국", "北", "北韓", "North Korea", "DPRK"], compound: ["북", "北"]),
    "US": Override(english: "United States",
                   aliases: ["미합중국", "美", "美國", "USA", "U.S.", "U.S.A.", "United States of America"],
                   compound: ["미", "美"]),
    "JP": Override(aliases: ["日", "日本", "JPN"], compound: ["일", "日"]),
    "CN": Override(name: "중국", english: "China",
                   aliases: ["중화인민공화국", "中", "中國", "中国", "PRC", "People's Republic of China", "CHN"],
                   compound: ["중", "中"]),
    "RU": Override(aliases: ["러시아연방", "露", "Russian Federation", "RUS"], compound: ["러", "露"]),
    "GB": Override(aliases: ["英", "英國", "UK", "U.K.", "Great Britain", "Britain", "GBR",
                             "그레이트브리튼 북아일랜드 연합왕국"], compound: ["영", "英"]),
    "DE": Override(aliases: ["독일연방공화국", "獨", "獨逸", "DEU"], compound: ["독", "獨"]),
    "FR": Override(aliases: ["프랑스공화국", "佛", "佛蘭西", "FRA"], compound: ["불", "프", "佛"]),
    "IT": Override(aliases: ["이태리", "伊"], compound: ["伊"]),
    "IN": Override(aliases: ["印度", "IND"], compound: ["인", "印"]),
    "ID": Override(aliases: ["인니", "印尼", "IDN", "인도네시아공화국"]),
    "CA": Override(aliases: ["加"], compound: ["캐", "加"]),
    "AU": Override(name: "호주", aliases: ["오스트레일리아", "호주연방", "濠", "豪", "濠洲", "豪州", "AUS"],
                   compound: ["호", "濠", "豪"]),
    "NZ": Override(aliases: ["NZ"]),
    "VN": Override(english: "Viet Nam", aliases: ["월남", "越南", "越", "Vietnam", "VNM", "베트남사회주의공화국"], compound: ["베", "越"]),
    "TH": Override(aliases: ["泰國"], compound: ["태"]),
    "MN": Override(aliases: ["몽골국", "蒙古"], compound: ["몽"]),
    "SA": Override(aliases: ["사우디", "사우디 아라비아", "SAU"]),
    "AE": Override(aliases: ["UAE", "아랍에미리트연합", "아랍에미리트연합국", "아랍에미리트 연합", "아랍 에미리트"]),
    "ZA": Override(name: "남아프리카공화국", aliases: ["남아공", "남아프리카 공화국", "남아프리카"]),
    "UZ": Override(aliases: ["우즈벡", "UZB", "우즈베키스탄공화국"]),
    "KZ": Override(aliases: ["카자흐", "KAZ"]),
    "KG": Override(aliases: ["키르기즈", "키르기즈공화국", "키르기스", "키르기스공화국"]),
    "TJ": Override(aliases: ["타지크", "타지키스탄공화국"]),
    "TM": Override(aliases: ["투르크멘"]),
    "MX": Override(aliases: ["墨", "MEX"]),
    "BR": Override(aliases: ["BRA", "브라질연방공화국"]),
    "ES": Override(aliases: ["에스파냐"]),
    "NL": Override(aliases: ["화란", "Holland"]),
    "TR": Override(aliases: ["터키", "Turkey", "Turkiye", "튀르키예공화국", "터키공화국"]),
    "CZ": Override(aliases: ["체코공화국", "Czech Republic"]),
    "SZ": Override(aliases: ["스와질란드", "Swaziland"]),
    "MK": Override(aliases: ["마케도니아"]),
    "CY": Override(aliases: ["사이프러스", "싸이프러스"]),
    "MM": Override(english: "Myanmar", aliases: ["버마", "Burma"]),
    "CI": Override(english: "Côte d'Ivoire", aliases: ["코트디부아르공화국", "Ivory Coast"]),
    "CV": Override(aliases: ["Cabo Verde"]),
    "LA": Override(aliases: ["라오인민민주공화국"]),
    "BY": Override(aliases: ["벨로루시"]),
    "GE": Override(aliases: ["그루지야"]),
    "SG": Override(aliases: ["싱가폴", "싱가포르공화국"]),
    "PH": Override(aliases: ["필리핀공화국"]),
    "MY": Override(aliases: ["말련"]),
    "FM": Override(aliases: ["미크로네시아연방"]),
    "CF": Override(name: "중앙아프리카공화국", aliases: ["중앙 아프리카 공화국", "중앙아프리카"]),
    "CG": Override(name: "콩고공화국", english: "Republic of the Congo", aliases: ["콩고-브라자빌", "콩고 공화국"]),
    "CD": Override(name: "콩고민주공화국", english: "Democratic Republic of the Congo",
                   aliases: ["콩고-킨샤사", "민주콩고", "DR콩고", "콩고 민주 공화국", "DRC"]),
    "DO": Override(name: "도미니카공화국", aliases: ["도미니카 공화국", "도미니카"]),
    "DM": Override(name: "도미니카연방", english: "Dominica", aliases: ["도미니카 연방"], suppress: ["도미니카"]),
    "GQ": Override(name: "적도기니"),
    "SB": Override(name: "솔로몬제도", aliases: ["솔로몬 제도", "솔로몬"]),
    "MH": Override(name: "마셜제도", aliases: ["마셜 제도", "마샬군도", "마셜군도"]),
    "BA": Override(name: "보스니아헤르체고비나", english: "Bosnia and Herzegovina", aliases: ["보스니아 헤르체고비나", "보스니아"]),
    "AG": Override(name: "앤티가바부다", english: "Antigua and Barbuda", aliases: ["앤티가 바부다"]),
    "KN": Override(name: "세인트키츠네비스", english: "Saint Kitts and Nevis", aliases: ["세인트키츠 네비스"]),
    "LC": Override(english: "Saint Lucia"),
    "VC": Override(english: "Saint Vincent and the Grenadines", aliases: ["세인트빈센트 그레나딘"]),
    "ST": Override(name: "상투메프린시페", english: "São Tomé and Príncipe", aliases: ["상투메 프린시페"]),
    "TT": Override(name: "트리니다드토바고", english: "Trinidad and Tobago", aliases: ["트리니다드 토바고"]),
    "TL": Override(aliases: ["티모르레스테", "East Timor"]),
    "PG": Override(aliases: ["파푸아 뉴기니"]),
    "SS": Override(aliases: ["남수단공화국"]),
    "TW": Override(aliases: ["타이완", "중화민국", "臺灣", "台灣", "台湾"]),
    "HK": Override(aliases: ["香港", "홍콩특별행정구"]),
    "MO": Override(english: "Macau", aliases: ["마카오특별행정구", "澳門", "Macao"]),
    "PS": Override(name: "팔레스타인", english: "Palestine",
                   aliases: ["팔레스타인 지구", "팔레스타인 자치정부", "팔레스타인자치정부", "State of Palestine"]),
    "VA": Override(name: "바티칸", english: "Holy See", aliases: ["교황청", "바티칸 시국", "바티칸시국", "Vatican", "Vatican City"]),
    "EH": Override(aliases: ["서사하라 지역"]),
    "CK": Override(name: "쿡제도", aliases: ["쿡 제도"]),
    // Formal names the releases write (`피지공화국 국방부장관`).
    "FJ": Override(aliases: ["피지공화국"]),
    "KI": Override(aliases: ["키리바시공화국"]),
    "MD": Override(aliases: ["몰도바공화국"]),
    "AM": Override(aliases: ["아르메니아공화국"]),
    "AZ": Override(aliases: ["아제르바이잔공화국"]),
    "RW": Override(aliases: ["르완다공화국"]),
    "RS": Override(aliases: ["세르비아공화국"]),
    "BG": Override(aliases: ["불가리아공화국"]),
    "IQ": Override(aliases: ["이라크공화국"]),
    "ZW": Override(aliases: ["짐바브웨공화국"]),
    "CL": Override(aliases: ["칠레공화국"]),
    "CO": Override(aliases: ["콜롬비아공화국"]),
    "EC": Override(aliases: ["에콰도르공화국"]),
    "PY": Override(aliases: ["파라과이공화국"]),
    "LV": Override(aliases: ["라트비아공화국"]),
    "FI": Override(aliases: ["핀란드공화국"]),
    "UY": Override(aliases: ["우루과이동방공화국"]),
    "GY": Override(aliases: ["가이아나협동공화국"]),
    "LK": Override(aliases: ["스리랑카민주사회주의공화국"]),
]

/// English display names that are ordinary words, person names, US states or parts of other
/// country names; as aliases they would create false countries in Korean text.
let ambiguousEnglish: Set<String> = [
    "Georgia", "Jordan", "Chad", "Niger", "Guinea", "Mali", "Dominica", "Sudan", "Congo", "Samoa",
]

/// Korean names that are also ordinary words or parts of other place names (수단 "means", 오만
/// "arrogance", ~이란 "so-called", 인도 "handover" and 인도태평양, 조지아주 the US state): marked
/// `ambiguous=1` so the matcher can demand context (a country list, a compound, a title after it).
let ambiguousKorean: Set<String> = [
    "수단", "가나", "말리", "오만", "이란", "인도", "기니", "조지아", "차드", "토고", "통가", "피지", "도미니카연방",
    "사모아", "부탄",
]

let ko = Locale(identifier: "ko")
let en = Locale(identifier: "en")

func clean(_ field: String) -> String {
    // TSV safety: the format reserves TAB, '|' (alias separator), ';' and '=' (properties).
    field.replacingOccurrences(of: "\t", with: " ")
        .replacingOccurrences(of: "|", with: " ")
        .replacingOccurrences(of: ";", with: ",")
}

var rows: [(name: String, line: String)] = []
for code in unMembers + otherStates {
    let o = overrides[code] ?? Override()
    guard let cldrKorean = ko.localizedString(forRegionCode: code),
          let cldrEnglish = en.localizedString(forRegionCode: code) else {
        FileHandle.standardError.write("no CLDR name for \(code)\n".data(using: .utf8)!)
        continue
    }
    let name = o.name ?? cldrKorean
    let english = (o.english ?? cldrEnglish)
        .replacingOccurrences(of: " & ", with: " and ")
        .replacingOccurrences(of: "St. ", with: "Saint ")
    var aliases: [String] = []
    func add(_ a: String) {
        if a != name && !a.isEmpty && !aliases.contains(a) && !o.suppress.contains(a) { aliases.append(a) }
    }
    if cldrKorean != name { add(cldrKorean) }
    for a in o.aliases { add(a) }
    if !ambiguousEnglish.contains(english) { add(english) }
    if !ambiguousEnglish.contains(cldrEnglish) && !cldrEnglish.contains("&") && !cldrEnglish.contains("(")
        && cldrEnglish != "China mainland" && cldrEnglish != "Palestinian Territories" && !cldrEnglish.hasPrefix("Congo") {
        add(cldrEnglish)
    }
    var props = ["en=\(clean(english))", "iso=\(code)"]
    if !unMembers.contains(code) { props.append("un_member=0") }
    if ambiguousKorean.contains(name) { props.append("ambiguous=1") }
    if !o.compound.isEmpty { props.append("compound=" + o.compound.joined(separator: ",")) }
    let line = [clean(name), aliases.map(clean).joined(separator: "|"), props.joined(separator: ";")]
        .joined(separator: "\t")
    rows.append((name, line))
}

print("#! kind=country")
print("# Generated by Scripts/generate-countries.swift: edit the script, not this file.")
print("# canonical<TAB>aliases (|)<TAB>properties: en=English name; iso=ISO 3166-1 alpha-2;")
print("# compound=forms that count only inside compounds (한·미, 韓美), comma-separated; un_member=0 for non-members;")
print("# ambiguous=1 where the Korean name is also an ordinary word (수단, 오만, 이란, 인도): require context.")
for row in rows.sorted(by: { $0.name < $1.name }) { print(row.line) }
