namespace SelfCare.Agreements.Provisioning;

/// <summary>Time worked on a ticket on <paramref name="WorkedOn"/>; drawn as of that day. <paramref name="Tier"/>: Emergency, HelpDesk or ProfessionalServices.</summary>
public sealed record NewAgreementTime(
    Guid? AgreementId, Guid TicketId, long TicketNumber, string Subject, Guid AccountId, string? Requester, string Tier, bool AfterHours,
    decimal Hours, DateOnly WorkedOn, string By, string Key);
