using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Tests.Infrastructure;

/// <summary>One model cache for the whole test run: building recogniser models is slow.</summary>
public static class Shared
{
    public static readonly RecognizerCache Recognizers = new();
}
