namespace SelfCare.Agreements.Alerts;

/// <summary>The model of the "agreement-low-balance" email (customer contacts and staff).</summary>
public sealed record LowBalanceEmailModel(
    string RecipientName, string AccountNumber, string AccountName, string AgreementNumber, string AgreementTitle, string BalanceHours,
    string ThresholdHours);
