using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Api;
using SelfCare.Services.Data;

namespace SelfCare.Services.Api;

/// <summary>Services with their products in version 1 of the integration API; scopes Services:read / Services:write.</summary>
internal static class ServicesApiV1
{
    public static void MapServicesApiV1(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/services", async (PageRequest page, string? account, ServicesDbContext db, IAccountReferences accounts,
                HttpContext http, CancellationToken ct) =>
            {
                var services = db.Services.AsNoTracking().Include(s => s.Products).AsQueryable();
                if (account is not null)
                {
                    new ApiErrors().Check("account", account).ThrowIfAny();
                    var found = await accounts.FindAsync(account, null, ct) ?? throw ApiProblemException.Validation(
                        new Dictionary<string, string[]> { ["account"] = [$"No account has the external id '{account}'."] });
                    services = services.Where(s => s.AccountId == found.Id);
                }
                var result = await services.OrderBy(s => s.ServiceId).ToPageAsync(page, http, ct);
                var owners = (await accounts.FindAsync([.. result.Items.Select(s => s.AccountId).Distinct()], ct)).ToDictionary(a => a.Id);
                return result.WithItems<ServiceV1>([.. result.Items.Select(s => ToV1(s, owners.GetValueOrDefault(s.AccountId)))]);
            })
            .RequireApiScope(ServicesModule.Id, ApiAccess.Read)
            .WithSummary("List services")
            .WithDescription("Every service with its products ordered by service id, paged; ?account= (an account's external id) limits them to one account.");

        v1.MapGet("/services/{externalId}", async (string externalId, ServicesDbContext db, IAccountReferences accounts, CancellationToken ct) =>
            {
                new ApiErrors().Check("externalId", externalId).ThrowIfAny();
                var service = await db.Services.AsNoTracking().Include(s => s.Products).FirstOrDefaultAsync(s => s.ExternalId == externalId, ct);
                if (service is null)
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Service not found.",
                        detail: $"No service has the external id '{externalId}'.");
                var owner = (await accounts.FindAsync([service.AccountId], ct)).SingleOrDefault();
                return Results.Ok(ToV1(service, owner));
            })
            .RequireApiScope(ServicesModule.Id, ApiAccess.Read)
            .Produces<ServiceV1>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one service by external id");

        v1.MapUpsert<ServiceUpsertV1, ServiceV1>("/services",
                request => request.Services.GetRequiredService<ServiceUpserts>().UpsertAsync(request))
            .RequireApiScope(ServicesModule.Id, ApiAccess.Write)
            .WithSummary("Create or replace a service and its product list by external id");
    }

    public static ServiceV1 ToV1(CustomerService s, AccountReference? account) =>
        new(s.Id, s.ExternalId, s.ServiceId, s.AccountId, account?.ExternalId, account?.Number, s.Location, s.Description, s.Status.ToString(),
            [.. s.Products.OrderBy(p => p.Position).Select(p => new ServiceProductV1(p.Product, p.Quantity, p.UnitPrice, p.Currency, p.Recurring))]);
}
