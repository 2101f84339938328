namespace SelfCare.Billing.Payments;

/// <summary>One invoice a receipted payment was applied to.</summary>
internal sealed record PaymentReceiptLine(string Number, string Applied);
