using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SelfCare.Platform.Data;

/// <summary>
/// One model per module DbContext type and scope kind (sees all or not): see <see cref="ModuleDbContext.ModelSeesAll"/>.
/// EF keys its compiled queries by model, so staff and customer queries never share a compiled query.
/// </summary>
internal sealed class AccountScopeModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is ModuleDbContext module
            ? (context.GetType(), module.ModelSeesAll, designTime)
            : (object)(context.GetType(), designTime);
}
