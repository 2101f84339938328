using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Api;

internal static class AccountsApi
{
    public static void MapAccountsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/accounts").RequireAuthorization();

        group.MapGet("/", async (AccountsDbContext db, CancellationToken ct) =>
            await db.Accounts.AsNoTracking().OrderBy(a => a.Number).Select(a => AccountDto.From(a)).ToListAsync(ct));

        group.MapGet("/{id:guid}", async (Guid id, AccountsDbContext db, CancellationToken ct) =>
            await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } account
                ? Results.Ok(AccountDto.From(account))
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Account not found."));
    }
}
