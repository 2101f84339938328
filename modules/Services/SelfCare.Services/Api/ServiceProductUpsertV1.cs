namespace SelfCare.Services.Api;

/// <summary>One product line of a service upsert; currency defaults to USD.</summary>
internal sealed class ServiceProductUpsertV1
{
    public string? Product { get; set; }
    public int? Quantity { get; set; }
    public decimal? UnitPrice { get; set; }
    public string? Currency { get; set; }

    /// <summary>True for a recurring (monthly) charge, false for a one-time charge.</summary>
    public bool? Recurring { get; set; }
}
