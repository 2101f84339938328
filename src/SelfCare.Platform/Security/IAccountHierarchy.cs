namespace SelfCare.Platform.Security;

/// <summary>The parent/child structure of customer accounts; the Accounts module implements it.</summary>
public interface IAccountHierarchy
{
    /// <summary>The given accounts and every descendant, ignoring the caller's scope.</summary>
    Task<IReadOnlyList<Guid>> SelfAndDescendantsAsync(IReadOnlyCollection<Guid> roots, CancellationToken cancellationToken);
}
