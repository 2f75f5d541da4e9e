using StepFlow;

namespace Exports;

/// <summary>Distributed Map over S3, .sync and HTTP tasks, activities, credentials, the raw escape hatch (Standard: Express rejects .sync and activities).</summary>
[StateMachine(Name = "nightly-export", Type = WorkflowType.Standard)]
[AslField("Comment", "\"Set through the escape hatch\"")]
public partial class NightlyExport
{
    [Map(StartAt = true,
         ItemProcessor = typeof(ExportChunk),
         ItemReader = """{"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"}, "Parameters": {"Bucket": "${SourceBucket}", "Key.$": "$.key"}}""",
         ItemBatcher = """{"MaxItemsPerBatch": 100, "BatchInput": {"runId.$": "$$.Execution.Name"}}""",
         ResultWriter = """{"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "${ResultBucket}", "Prefix": "exports"}}""",
         ItemSelector = """{"row.$": "$$.Map.Item.Value"}""",
         MaxConcurrency = 500, ToleratedFailurePercentage = 5, Label = "Export",
         ResultPath = "$.export", Next = nameof(Notify))]
    [Retry("States.ItemReaderFailed", MaxAttempts = 0)]
    [Catch("States.ALL", Next = nameof(Legacy), ResultPath = "$.failure")]
    partial void ExportRows();

    [Task(Resource = "arn:aws:states:::http:invoke",
          Parameters = """{"ApiEndpoint": "https://hooks.example.com/export", "Method": "POST", "Authentication": {"ConnectionArn": "${HookConnectionArn}"}, "RequestBody.$": "$.export"}""",
          Credentials = """{"RoleArn": "${HookRoleArn}"}""",
          TimeoutSecondsPath = "$.limits.timeout", ResultSelector = """{"status.$": "$.StatusCode"}""", OutputPath = "$.status", End = true)]
    partial void Notify();

    [Map(Iterator = typeof(LegacyStep), ItemsPath = "$.failure.items", Parameters = """{"value.$": "$$.Map.Item.Value"}""", InputPath = null, Next = nameof(Archive))]
    partial void Legacy();

    [Task(Resource = "arn:aws:states:us-east-1:123456789012:activity:archive", HeartbeatSeconds = 30, TimeoutSeconds = 300, End = true)]
    [AslField("ResultPath", "null")]
    partial void Archive();
}

[ItemProcessor(Mode = MapMode.Distributed, ExecutionType = MapExecutionType.Express)]
public partial class ExportChunk
{
    [Task(StartAt = true, Resource = "arn:aws:states:::states:startExecution.sync:2",
          Parameters = """{"StateMachineArn": "${ChunkMachineArn}", "Input.$": "$"}""", End = true)]
    partial void RunChunk();
}

[ItemProcessor]
public partial class LegacyStep
{
    [Pass(StartAt = true, Result = "[1, 2.5, null, true, \"x\"]", ResultPath = "$.constant", End = true)]
    partial void Constant();
}
