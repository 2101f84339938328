using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Data;
using SelfCare.Platform.Api;

namespace SelfCare.Accounts.Api;

/// <summary>Accounts in version 1 of the integration API. API keys act as the system: every account of the tenant.</summary>
internal static class AccountsApiV1
{
    public static void MapAccountsApiV1(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/accounts", async (PageRequest page, string? parent, AccountsDbContext db, HttpContext http, CancellationToken ct) =>
            {
                var accounts = db.Accounts.AsNoTracking();
                if (parent is not null)
                {
                    new ApiErrors().Check("parent", parent).ThrowIfAny();
                    var parentId = await db.Accounts.Where(a => a.ExternalId == parent).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct)
                                   ?? throw ApiProblemException.Validation(new Dictionary<string, string[]>
                                   {
                                       ["parent"] = [$"No account has the external id '{parent}'."],
                                   });
                    accounts = accounts.Where(a => a.ParentId == parentId);
                }
                return await Project(accounts, db).ToPageAsync(page, http, ct);
            })
            .RequireApiScope(AccountsModule.Id, ApiAccess.Read)
            .WithSummary("List accounts")
            .WithDescription("All accounts of the portal ordered by number, paged; ?parent= limits them to the children of one account.");

        v1.MapGet("/accounts/{externalId}", async (string externalId, AccountsDbContext db, CancellationToken ct) =>
            {
                new ApiErrors().Check("externalId", externalId).ThrowIfAny();
                return await Project(db.Accounts.AsNoTracking().Where(a => a.ExternalId == externalId), db).FirstOrDefaultAsync(ct) is { } account
                    ? Results.Ok(account)
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Account not found.",
                        detail: $"No account has the external id '{externalId}'.");
            })
            .RequireApiScope(AccountsModule.Id, ApiAccess.Read)
            .Produces<AccountV1>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one account by external id");

        v1.MapUpsert<AccountUpsertV1, AccountV1>("/accounts",
                request => request.Services.GetRequiredService<AccountUpserts>().UpsertAsync(request))
            .RequireApiScope(AccountsModule.Id, ApiAccess.Write)
            .WithSummary("Create or replace an account by external id");
    }

    /// <summary>Adds each account's parent's external id (a left join, one query), ordered by the unique number so pages never overlap.</summary>
    internal static IQueryable<AccountV1> Project(IQueryable<Account> accounts, AccountsDbContext db) =>
        from a in accounts
        join p in db.Accounts on a.ParentId equals p.Id into parents
        from p in parents.DefaultIfEmpty()
        orderby a.Number
        select new AccountV1(a.Id, a.ExternalId, a.Number, a.Name, a.ParentId, p == null ? null : p.ExternalId,
            a.City, a.Region, a.Status.ToString());
}
