using SelfCare.Platform.Data;

namespace SelfCare.Orders.Data;

/// <summary>
/// An order for services on a customer account. Its service address is either a known location
/// (<see cref="LocationId"/>, shown through ILocationDirectory) or the address fields typed on the order.
/// </summary>
internal sealed class Order : IAccountOwned
{
    public const int NumberMaxLength = 40;
    public const int DescriptionMaxLength = 500;

    public Guid Id { get; set; }
    public required string Number { get; set; }

    /// <summary>The feeding billing system's id (integration API upserts by it).</summary>
    public string? ExternalId { get; set; }
    public Guid AccountId { get; set; }
    public OrderStatus Status { get; set; }
    public string? OrderType { get; set; }
    public string? Description { get; set; }
    public DateOnly? RequestedDate { get; set; }
    public DateOnly? ActivationDate { get; set; }
    public Guid? LocationId { get; set; }
    public string? Street1 { get; set; }
    public string? Street2 { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    public List<OrderLine> Lines { get; set; } = [];
    public List<OrderNote> Notes { get; set; } = [];
    public List<OrderHistoryEntry> History { get; set; } = [];
    public List<OrderAttachment> Attachments { get; set; } = [];

    /// <summary>The typed address on one line, or null when none was typed.</summary>
    public string? AddressLine =>
        Street1 is null ? null : string.Join(", ", new[] { Street1, Street2, City, $"{Region} {PostalCode}".Trim(), Country }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
}
