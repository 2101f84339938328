namespace SelfCare.Billing.Autopay;

internal enum AutopayOutcome
{
    /// <summary>Claimed and being charged (or the process died while charging: left for staff, never charged again blindly).</summary>
    Pending,
    Succeeded,
    Failed,
}
