/// The event and agreement rules, in the order they run; add a rule here to enable it.
enum EventRules {
    static let all: [any EventRule] = [
        EventTriggerRule(),
        HeldMeetingRule(),
        DatedVisitRule(),
        ElectionRule(),
        AttendeeListRule(),
        SpeakerRule(),
        AttendanceRule(),
        AgreementTriggerRule(),
        CountedSigningRule(),
        FormalAgreementTitleRule(),
        AgreementTitledCounterpartRule(),
        BilateralRule(),
        MembershipRule(),
        NoteListRule(),
        NoteAttendanceRule(),
        ChairRule(),
        LaunchRule(),
        SigningPartiesRule(),
        AgreementBothSidesRule(),
        AgreementOmittedSubjectRule(),
        SigningCeremonyRule(),
        OverviewBoxRule(),
        StateVisitRule(),
        BareMeetingNameRule(),
    ]
}
