namespace SelfCare.Reports.Areas.Reports.Pages;

public enum UnsubscribeState
{
    Invalid,
    Confirm,
    Done,
    AlreadyDone,
}
