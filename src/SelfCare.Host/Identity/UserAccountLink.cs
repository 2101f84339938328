namespace SelfCare.Host.Identity;

/// <summary>Links a customer user to an account they belong to; they also see its descendants.</summary>
internal sealed class UserAccountLink
{
    public required string UserId { get; set; }
    public Guid AccountId { get; set; }
}
