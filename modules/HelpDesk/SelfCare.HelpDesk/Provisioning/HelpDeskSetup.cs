namespace SelfCare.HelpDesk;

public sealed record HelpDeskSetup(string EmergencyPhone, int QueueLimit, IReadOnlyDictionary<DateOnly, string> Holidays);
