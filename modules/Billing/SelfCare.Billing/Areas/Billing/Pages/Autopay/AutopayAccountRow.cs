namespace SelfCare.Billing.Areas.Billing.Pages.Autopay;

/// <summary>An account of the caller's scope with autopay on, and the method it is charged to.</summary>
internal sealed record AutopayAccountRow(Guid AccountId, string Number, string Name, string Method);
