namespace SelfCare.Billing.Contracts.Gateway;

/// <summary>
/// A card as typed by the customer, on its way to the gateway. Never stored, never logged:
/// <see cref="ToString"/> shows the last four digits only.
/// </summary>
public sealed record CardDetails(string Number, int ExpiryMonth, int ExpiryYear, string Cvc, string HolderName)
{
    public override string ToString() => $"card ending {Last4(Number)}";

    internal static string Last4(string number) => number.Length <= 4 ? "****" : number[^4..];
}
