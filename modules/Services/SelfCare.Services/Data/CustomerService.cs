using SelfCare.Platform.Data;

namespace SelfCare.Services.Data;

/// <summary>A service a customer account has (a phone number, a circuit, a seat bundle).</summary>
internal sealed class CustomerService : IAccountOwned
{
    public const int DescriptionMaxLength = 500;

    public Guid Id { get; set; }

    /// <summary>The customer-facing id: a phone number, circuit id or similar.</summary>
    public required string ServiceId { get; set; }
    public Guid AccountId { get; set; }

    /// <summary>The id the reseller's own system gives it (integration API upserts); null for portal-created rows.</summary>
    public string? ExternalId { get; set; }

    /// <summary>Free text until the Locations module exists.</summary>
    public string? Location { get; set; }
    public string? Description { get; set; }
    public ServiceStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<ServiceProduct> Products { get; set; } = [];
}
