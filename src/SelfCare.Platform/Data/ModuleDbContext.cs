using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
    protected IReadOnlyList<Guid> ScopeAccountIds => scope.AccountIds;

    private bool? modelSeesAll;

    /// <summary>
    /// Which of the two models this context uses, fixed at its first query: staff (sees all) get no account filter,
    /// customers a plain <c>AccountId IN (...)</c> that the planner serves from the AccountId indexes (a filter of the
    /// shape <c>@seesAll OR AccountId IN (...)</c> made SQLite scan). The model is part of EF's compiled-query cache key
    /// (<see cref="AccountScopeModelCacheKeyFactory"/>), so a query compiled for one never runs for the other. Safe because
    /// a scope only ever widens to all: a customer model whose scope later turns to all still filters (fails closed).
    /// </summary>
    protected internal bool ModelSeesAll => modelSeesAll ??= scope.SeesAllAccounts;

    private static readonly MethodInfo ApplyScopeMethod =
        typeof(ModuleDbContext).GetMethod(nameof(ApplyAccountScope), BindingFlags.NonPublic | BindingFlags.Instance)!;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, AccountScopeModelCacheKeyFactory>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // The outbox shares this database: a module's change and the email it causes commit in one SaveChanges.
        modelBuilder.MapEmailOutbox();
        if (ModelSeesAll)
            return;
        foreach (var entity in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (typeof(IAccountOwned).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
                ApplyScopeMethod.MakeGenericMethod(entity.ClrType).Invoke(this, [modelBuilder]);
        }
    }

    private void ApplyAccountScope<T>(ModelBuilder modelBuilder) where T : class, IAccountOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(e => ScopeAccountIds.Contains(e.AccountId));
}
