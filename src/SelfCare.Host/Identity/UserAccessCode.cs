namespace SelfCare.Host.Identity;

/// <summary>
/// A one-time code that lets one user choose a password (activation or reset). Only its hash is kept; it is
/// void once used, expired, or after <see cref="AccessCodes.MaxAttempts"/> wrong tries against it.
/// </summary>
internal sealed class UserAccessCode
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string Purpose { get; set; }
    public required string CodeHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public int Attempts { get; set; }
}
