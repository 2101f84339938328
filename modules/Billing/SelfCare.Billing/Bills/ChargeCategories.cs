using SelfCare.Billing.Data;

namespace SelfCare.Billing.Bills;

internal static class ChargeCategories
{
    public static string Label(this ChargeCategory category) => category switch
    {
        ChargeCategory.Recurring => "Monthly recurring charges",
        ChargeCategory.Usage => "Usage charges",
        ChargeCategory.OneTime => "One-time charges",
        ChargeCategory.Taxes => "Taxes",
        ChargeCategory.Fees => "Fees and surcharges",
        _ => category.ToString(),
    };
}
