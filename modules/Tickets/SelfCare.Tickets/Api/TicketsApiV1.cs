using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Api;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Api;

/// <summary>Tickets in version 1 of the integration API (a PSA system). API keys act as the tenant's staff: every ticket, internal notes included.</summary>
internal static class TicketsApiV1
{
    public static void MapTicketsApiV1(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/tickets", async (PageRequest page, string? status, string? account, TicketsDbContext db, IAccountReferences accounts,
                HttpContext http, CancellationToken ct) =>
            {
                var tickets = db.Tickets.AsNoTracking();
                var errors = new ApiErrors();
                if (status is not null)
                {
                    if (TicketStatuses.Parse(status) is { } s)
                        tickets = tickets.Where(t => t.Status == s);
                    else
                        errors.Add("status", $"The status must be one of {string.Join(", ", Enum.GetNames<TicketStatus>())}.");
                }
                if (account is not null)
                {
                    if (await accounts.FindByExternalIdOrNumberAsync(account, ct) is { } found)
                        tickets = tickets.Where(t => t.AccountId == found.Id);
                    else
                        errors.Add("account", AccountFilterLookup.UnknownMessage(account));
                }
                errors.ThrowIfAny();
                var result = await tickets.OrderBy(t => t.Number).ToPageAsync(page, http, ct);
                var owners = (await accounts.FindAsync([.. result.Items.Select(t => t.AccountId).Distinct()], ct)).ToDictionary(a => a.Id);
                return result.WithItems<TicketV1>([.. result.Items.Select(t => TicketUpserts.ToV1(t, owners.GetValueOrDefault(t.AccountId), null))]);
            })
            .RequireApiScope(TicketsModule.Id, ApiAccess.Read)
            .WithSummary("List tickets")
            .WithDescription("All tickets of the portal ordered by number, paged; ?status= and ?account= (an account's external id or number) filter them.");

        v1.MapGet("/tickets/{externalId}", async (string externalId, TicketsDbContext db, TicketUpserts upserts, CancellationToken ct) =>
            {
                new ApiErrors().Check("externalId", externalId).ThrowIfAny();
                if (await db.Tickets.AsNoTracking().Where(t => t.ExternalId == externalId).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct) is not { } id)
                    return NotFound(externalId);
                return Results.Ok(await upserts.ReadAsync(id, ct));
            })
            .RequireApiScope(TicketsModule.Id, ApiAccess.Read)
            .Produces<TicketV1>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one ticket with its journal by external id");

        v1.MapUpsert<TicketUpsertV1, TicketV1>("/tickets",
                request => request.Services.GetRequiredService<TicketUpserts>().UpsertAsync(request))
            .RequireApiScope(TicketsModule.Id, ApiAccess.Write)
            .WithSummary("Create or replace a ticket by external id");

        v1.MapPut("/tickets/{externalId}/journal", async (string externalId, HttpContext http, TicketUpserts upserts, CancellationToken ct) =>
            {
                new ApiErrors().Check("externalId", externalId).ThrowIfAny();
                var body = await ApiJson.ReadAsync<JournalUpsertV1>(http);
                return await upserts.AddJournalAsync(externalId, body, http.User.Identity?.Name ?? "", ct) is { } ticket
                    ? Results.Ok(ticket)
                    : NotFound(externalId);
            })
            .RequireApiScope(TicketsModule.Id, ApiAccess.Write)
            .Accepts<JournalUpsertV1>("application/json")
            .Produces<TicketV1>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Add journal entries to a ticket by their external ids")
            .WithDescription("Entries whose external id the ticket already has are left as they are, so sending the same entries again adds nothing.");
    }

    private static IResult NotFound(string externalId) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Ticket not found.", detail: $"No ticket has the external id '{externalId}'.");
}
