namespace SelfCare.Billing.Contracts;

/// <summary>An account's bill delivery and the address bills go to (null: its billing contacts).</summary>
public sealed record BillDeliveryPreference(BillDelivery Delivery, bool Paperless, string? BillingEmail, bool NotifyWhenBillReady);
