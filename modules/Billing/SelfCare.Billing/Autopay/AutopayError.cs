namespace SelfCare.Billing.Autopay;

/// <summary>Why an enrolment was refused, and the form field the message belongs to.</summary>
internal sealed record AutopayError(string Field, string Message);
