namespace SelfCare.Agreements.Api;

internal sealed record TimeEntryV1(
    Guid Id, string? ExternalId, long TicketNumber, string? AgreementNumber, string Tier, bool AfterHours, decimal Hours, decimal DrawnHours,
    decimal BillableHours, decimal? Rate, bool ContactForPayment, DateOnly WorkedOn, string By);
