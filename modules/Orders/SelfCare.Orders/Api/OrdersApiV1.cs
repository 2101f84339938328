using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Orders.Contracts;
using SelfCare.Orders.Data;
using SelfCare.Platform.Api;

namespace SelfCare.Orders.Api;

/// <summary>Orders in version 1 of the integration API. API keys act as the system: every order of the tenant.</summary>
internal static class OrdersApiV1
{
    public static void MapOrdersApiV1(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/orders", async (PageRequest page, string? status, string? account, OrdersDbContext db, IAccountReferences accounts,
                HttpContext http, CancellationToken ct) =>
            {
                var orders = db.Orders.AsNoTracking();
                var errors = new ApiErrors();
                if (status is not null)
                {
                    if (OrderStatuses.Parse(status) is { } s)
                        orders = orders.Where(o => o.Status == s);
                    else
                        errors.Add("status", $"The status must be one of {string.Join(", ", Enum.GetNames<OrderStatus>())}.");
                }
                if (account is not null)
                {
                    if (await accounts.FindByExternalIdOrNumberAsync(account, ct) is { } found)
                        orders = orders.Where(o => o.AccountId == found.Id);
                    else
                        errors.Add("account", AccountFilterLookup.UnknownMessage(account));
                }
                errors.ThrowIfAny();
                var result = await orders.Include(o => o.Lines).OrderBy(o => o.Number).ToPageAsync(page, http, ct);
                var owners = (await accounts.FindAsync([.. result.Items.Select(o => o.AccountId).Distinct()], ct)).ToDictionary(a => a.Id);
                return result.WithItems<OrderV1>([.. result.Items.Select(o => OrderUpserts.ToV1(o, owners.GetValueOrDefault(o.AccountId)))]);
            })
            .RequireApiScope(OrdersModule.Id, ApiAccess.Read)
            .WithSummary("List orders")
            .WithDescription("All orders of the portal ordered by number, paged; ?status= and ?account= (an account's external id or number) filter them.");

        v1.MapGet("/orders/{externalId}", async (string externalId, OrdersDbContext db, IAccountReferences accounts, CancellationToken ct) =>
            {
                new ApiErrors().Check("externalId", externalId).ThrowIfAny();
                if (await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.ExternalId == externalId, ct) is not { } order)
                    return NotFound(externalId);
                return Results.Ok(OrderUpserts.ToV1(order, (await accounts.FindAsync([order.AccountId], ct)).SingleOrDefault()));
            })
            .RequireApiScope(OrdersModule.Id, ApiAccess.Read)
            .Produces<OrderV1>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one order by external id");

        v1.MapUpsert<OrderUpsertV1, OrderV1>("/orders",
                request => request.Services.GetRequiredService<OrderUpserts>().UpsertAsync(request))
            .RequireApiScope(OrdersModule.Id, ApiAccess.Write)
            .WithSummary("Create or replace an order by external id");

        v1.MapPost("/orders/{externalId}/events", async (string externalId, HttpContext http, OrdersDbContext db,
                IOrderProvisioning provisioning, CancellationToken ct) =>
            {
                new ApiErrors().Check("externalId", externalId).ThrowIfAny();
                var body = await ApiJson.ReadAsync<OrderEventV1>(http);
                var errors = new ApiErrors()
                    .Text("comment", "The comment", body.Comment, OrderHistoryEntry.CommentMaxLength, required: false)
                    .Text("note", "The note", body.Note, OrderNote.TextMaxLength, required: false)
                    .Text("by", "The author", body.By, 256, required: false);
                var status = string.IsNullOrWhiteSpace(body.Status) ? null : OrderStatuses.Parse(body.Status.Trim());
                if (!string.IsNullOrWhiteSpace(body.Status) && status is null)
                    errors.Add("status", $"The status must be one of {string.Join(", ", Enum.GetNames<OrderStatus>())}.");
                if (string.IsNullOrWhiteSpace(body.Status) && string.IsNullOrWhiteSpace(body.Note))
                    errors.Add("status", "Send a status change (status), a note (note) or both.");
                errors.ThrowIfAny();
                if (await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.ExternalId == externalId, ct) is not { } order)
                    return NotFound(externalId);
                var by = string.IsNullOrWhiteSpace(body.By) ? $"API key {http.User.Identity?.Name}" : body.By.Trim();
                if (status is { } s && s != order.Status)
                    await provisioning.ChangeStatusAsync(order.Id, new OrderStatusChange(s.ToString(), by, body.Comment), ct);
                if (!string.IsNullOrWhiteSpace(body.Note))
                    await provisioning.AddNoteAsync(order.Id, new NewOrderNote(body.Note.Trim(), by), ct);
                var after = await db.Orders.AsNoTracking().Where(o => o.Id == order.Id)
                    .Select(o => new OrderEventResultV1(externalId, o.Status.ToString(), o.History.Count, o.Notes.Count)).SingleAsync(ct);
                return Results.Created($"{http.Request.PathBase}{http.Request.Path}", after);
            })
            .RequireApiScope(OrdersModule.Id, ApiAccess.Write)
            .Produces<OrderEventResultV1>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Record a status change and/or a note on an order")
            .WithDescription("A status equal to the current one adds no history row.");
    }

    private static IResult NotFound(string externalId) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Order not found.", detail: $"No order has the external id '{externalId}'.");
}
