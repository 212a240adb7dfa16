/// The event and agreement rules, in the order they run; add a rule here to enable it.
enum EventRules {
    static let all: [any EventRule] = [
        EventTriggerRule(),
        AttendeeListRule(),
        SpeakerRule(),
        AttendanceRule(),
        AgreementTriggerRule(),
        BilateralRule(),
        MembershipRule(),
        NoteListRule(),
        ChairRule(),
        LaunchRule(),
        SigningPartiesRule(),
        SigningCeremonyRule(),
        OverviewBoxRule(),
        StateVisitRule(),
    ]
}
