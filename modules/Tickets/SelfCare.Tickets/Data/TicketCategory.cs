namespace SelfCare.Tickets.Data;

/// <summary>What kind of help is asked for (the seed's "billing, sales or technical support", plus service requests).</summary>
internal enum TicketCategory
{
    Technical,
    Billing,
    Sales,
    ServiceRequest,
}
