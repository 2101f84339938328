using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SelfCare.Host.Security;

/// <summary>
/// Binds bool fields as usual, but when the posted value is not a yes/no (a hand-made post: "maybe", "-1") keeps the
/// validation error and records "false" as the attempted value: the checkbox tag helper converts that value to bool
/// when the form is shown again and would otherwise throw (a 500 instead of the message).
/// </summary>
internal sealed class SafeBooleanBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext context)
    {
        await inner.BindModelAsync(context);
        if (!context.Result.IsModelSet && context.ModelState.TryGetValue(context.ModelName, out var entry) && entry.Errors.Count > 0)
            context.ModelState.SetModelValue(context.ModelName, rawValue: "false", attemptedValue: "false");
    }
}
