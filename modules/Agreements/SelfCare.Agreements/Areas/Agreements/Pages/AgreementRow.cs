using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Areas.Agreements.Pages;

/// <summary>An agreement in the list: its account, derived status, balance and the next expiry of pre-paid hours.</summary>
internal sealed record AgreementRow(Agreement Agreement, string Account, AgreementStatus Status, int BalanceMinutes, DateOnly? NextExpiry, int ExpiringMinutes);
