namespace SelfCare.Orders.Data;

internal enum OrderStatus
{
    New,
    Sent,
    Completed,
    Hold,
    Error,
}
