using SelfCare.Billing.Contracts.Gateway;

namespace SelfCare.Billing.Payments;

/// <summary>How a method is named to people and on payments: "Visa •••• 4242", "ACH •••• 6789".</summary>
internal static class PaymentMethodLabel
{
    public static string Of(PaymentMethodKind kind, CardBrand brand, string last4) =>
        kind == PaymentMethodKind.Ach ? $"ACH •••• {last4}" : $"{BrandName(brand)} •••• {last4}";

    public static string BrandName(CardBrand brand) => brand switch
    {
        CardBrand.Amex => "American Express",
        CardBrand.DinersClub => "Diners Club",
        CardBrand.Jcb => "JCB",
        CardBrand.UnionPay => "UnionPay",
        CardBrand.Unknown => "Card",
        _ => brand.ToString(),
    };
}
