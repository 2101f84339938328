using SelfCare.Platform.Data;

namespace SelfCare.Accounts.Data;

/// <summary>A service address of a customer account; services and orders refer to it through ILocationDirectory.</summary>
internal sealed class Location : IAccountOwned
{
    public const int NameMaxLength = 200;
    public const int LineMaxLength = 200;
    public const int CityMaxLength = 100;
    public const int RegionMaxLength = 100;
    public const int PostalCodeMaxLength = 20;
    public const int CountryMaxLength = 60;

    public Guid Id { get; set; }
    public Guid AccountId { get; set; }

    /// <summary>The id the reseller's own system gives it (integration API upserts); null for portal-created rows.</summary>
    public string? ExternalId { get; set; }
    public required string Name { get; set; }
    public required string Street1 { get; set; }
    public string? Street2 { get; set; }
    public required string City { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public required string Country { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public string SingleLine =>
        string.Join(", ", new[] { Street1, Street2, City, Region is null ? null : $"{Region} {PostalCode}".Trim(), Country }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
}
