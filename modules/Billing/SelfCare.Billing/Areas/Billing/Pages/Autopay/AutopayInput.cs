namespace SelfCare.Billing.Areas.Billing.Pages.Autopay;

/// <summary>The enrolment form: the account, the chosen saved method (its id) and the ACH authorization tick.</summary>
public sealed class AutopayInput
{
    public Guid? AccountId { get; set; }
    public string? MethodId { get; set; }
    public bool AchAuthorized { get; set; }
}
