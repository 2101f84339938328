namespace SelfCare.Orders.Data;

/// <summary>A file (in IFileStore, under the order's account) attached to an order.</summary>
internal sealed class OrderAttachment
{
    public Guid Id { get; set; }
    public Guid OrderRowId { get; set; }
    public Guid FileId { get; set; }
    public required string OriginalName { get; set; }
    public long Size { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
