namespace SelfCare.Agreements.Data;

/// <summary>Derived from the term and cancellation against the tenant's today, never stored.</summary>
internal enum AgreementStatus
{
    Pending,
    Active,
    Expired,
    Cancelled,
}
