namespace SelfCare.Host.Identity;

/// <summary>The tenant's limits on account options (Admin > Account options); one row, absent until saved.</summary>
internal sealed class AccountOptionsPolicy
{
    public int Id { get; set; } = 1;

    /// <summary>Customers may choose to receive no bills at all (online only).</summary>
    public bool AllowNoBillDelivery { get; set; }
}
