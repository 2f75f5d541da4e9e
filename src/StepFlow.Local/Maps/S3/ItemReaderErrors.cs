using StepFlow.Local.Errors;

namespace StepFlow.Local.Maps.S3;

/// <summary>The failures an S3 ItemReader reports: all are States.ItemReaderFailed, as AWS reports them.</summary>
internal static class ItemReaderErrors
{
    public static TaskFailedException Failed(string cause) => new(StatesErrorNames.ItemReaderFailed, cause);
}
