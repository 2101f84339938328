using SelfCare.Platform.Data;

namespace SelfCare.Host.Files;

/// <summary>
/// One stored file's metadata row. <see cref="AccountId"/> is <see cref="Guid.Empty"/> for files that belong
/// to no account; the account scope then shows them only to callers who see all accounts (fails closed).
/// </summary>
internal sealed class FileRecord : IAccountOwned
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public string OriginalName { get; set; } = "";
    public long Size { get; set; }
    public string Kind { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
}
