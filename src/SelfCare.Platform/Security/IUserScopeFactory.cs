using Microsoft.Extensions.DependencyInjection;

namespace SelfCare.Platform.Security;

/// <summary>
/// Opens a DI scope of the current tenant that acts as one of its users: its <see cref="IAccountScope"/> is that user's
/// (staff and tenant admins: all accounts; customers: their linked accounts and descendants), set before anything is
/// resolved from it, so DbContexts created there pick the user's model. For work done on a user's behalf outside their
/// request (a scheduled report reads rows in its owner's scope).
/// </summary>
public interface IUserScopeFactory
{
    /// <summary>The scope, or null when the user does not exist or is deactivated. Dispose it.</summary>
    Task<AsyncServiceScope?> CreateForUserAsync(string userId, CancellationToken cancellationToken);
}
