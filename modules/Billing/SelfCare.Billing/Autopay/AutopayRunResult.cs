namespace SelfCare.Billing.Autopay;

/// <summary>What one run did: notices queued, invoices charged, attempts declined (a second run of the same day: zeros).</summary>
internal sealed record AutopayRunResult(int Notices, int Charged, int Declined);
