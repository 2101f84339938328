using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Email;
using SelfCare.Platform.Security;

namespace SelfCare.Platform.Data;

/// <summary>
/// Base of every module's DbContext: rows that implement <see cref="IAccountOwned"/> are filtered
/// through the caller's <see cref="IAccountScope"/>, so no page has to remember a where clause.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, IAccountScope scope) : DbContext(options)
{
    // EF parameterizes context members used in query filters, so each query sees this request's scope.
    protected bool ScopeSeesAll => scope.SeesAllAccounts;
    protected IReadOnlyList<Guid> ScopeAccountIds => scope.AccountIds;

    private static readonly MethodInfo ApplyScopeMethod =
        typeof(ModuleDbContext).GetMethod(nameof(ApplyAccountScope), BindingFlags.NonPublic | BindingFlags.Instance)!;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // The outbox shares this database: a module's change and the email it causes commit in one SaveChanges.
        modelBuilder.MapEmailOutbox();
        foreach (var entity in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (typeof(IAccountOwned).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
                ApplyScopeMethod.MakeGenericMethod(entity.ClrType).Invoke(this, [modelBuilder]);
        }
    }

    private void ApplyAccountScope<T>(ModelBuilder modelBuilder) where T : class, IAccountOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(e => ScopeSeesAll || ScopeAccountIds.Contains(e.AccountId));
}
