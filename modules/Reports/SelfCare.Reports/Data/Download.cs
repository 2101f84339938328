using SelfCare.Platform.Data;

namespace SelfCare.Reports.Data;

/// <summary>A file on an account's Downloads tab; the bytes live in IFileStore (<see cref="FileId"/>).</summary>
internal sealed class Download : IAccountOwned
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public Guid FileId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required string Source { get; set; }

    /// <summary>Idempotency key, unique per account (null: none).</summary>
    public string? Key { get; set; }

    public long Size { get; set; }
    public DateTime CreatedAt { get; set; }
}
