using SelfCare.Platform.Data;

namespace SelfCare.Accounts.Data;

/// <summary>A customer admin's request to rename an account; staff approve (which renames) or reject it.</summary>
internal sealed class RenameRequest : IAccountOwned
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public required string RequestedName { get; set; }
    public string? Reason { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public RenameRequestStatus Status { get; set; } = RenameRequestStatus.Pending;
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}
