using System;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Aws;
using StepFlow.Client;
using StepFlow.Local;
using StepFlow.LocalTransport;

namespace DataPipeline;

/// <summary>
/// Runs the pipeline through its generated typed client. With no arguments it runs on the in-process engine; given
/// a state machine ARN and a region (arguments, or STEPFLOW_STATE_MACHINE_ARN and AWS_REGION) it runs on AWS.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var arn = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("STEPFLOW_STATE_MACHINE_ARN");
        var region = args.Length > 1 ? args[1] : Environment.GetEnvironmentVariable("AWS_REGION");
        var client = string.IsNullOrEmpty(arn) ? await LocalClientAsync() : AwsClient(arn, region);

        // The build wrote the definition next to the program; it is the same text as DataPipelineWorkflow.AslDefinition.
        var aslFile = System.IO.Path.Combine(AppContext.BaseDirectory, "statemachines", DataPipelineWorkflow.StateMachineName + ".asl.json");
        Console.WriteLine("ASL written by the build: " + aslFile + (System.IO.File.Exists(aslFile) ? string.Empty : " (not beside this build of the program)"));

        var execution = await client.StartExecutionAsync(new IngestRequest("greenhouse-sensors", "batch-42"));
        Console.WriteLine("Started " + execution.ExecutionArn);

        var result = await execution.GetResultAsync();
        if (result.Succeeded)
        {
            var batch = result.Output;
            Console.WriteLine("Succeeded: batch " + batch.BatchId + ", " + batch.Readings.Count + " readings, " + batch.Rejected + " rejected");
        }
        else if (result.Error == DataPipelineWorkflowClient.Errors.DataPipelineFailed)
        {
            Console.WriteLine("The pipeline recorded its failure: " + result.Cause);
        }
        else
        {
            Console.WriteLine(result.Status + ": " + result.Error + " " + result.Cause);
        }

        Console.WriteLine("History:");
        await foreach (var historyEvent in execution.GetHistoryAsync())
        {
            Console.WriteLine("  " + historyEvent.Id.ToString().PadLeft(3) + "  " + historyEvent.Type + (historyEvent.StateName is null ? string.Empty : "  " + historyEvent.StateName));
        }

        return result.Succeeded ? 0 : 1;
    }

    /// <summary>The engine runs Ingest and Transform as C#; DynamoDB and SNS calls are answered by stand-ins.</summary>
    private static async Task<DataPipelineWorkflowClient> LocalClientAsync()
    {
        var engine = new LocalStepFunctionsEngine();
        engine.Options.TaskHandlers
            .ForResource("arn:aws:states:::dynamodb:putItem", _ => new ValueTask<JsonNode?>(new JsonObject()))
            .ForResource("arn:aws:states:::sns:publish", _ => new ValueTask<JsonNode?>(new JsonObject { ["MessageId"] = "local-message" }));
        var transport = new LocalStepFunctionsTransport(engine);
        var machineArn = await transport.RegisterAsync(DataPipelineWorkflow.CreateLocalDefinition(new DataPipelineWorkflow()));
        return new DataPipelineWorkflowClient(transport, machineArn);
    }

    private static DataPipelineWorkflowClient AwsClient(string arn, string? region)
    {
        if (string.IsNullOrEmpty(region))
        {
            throw new ArgumentException("Running on AWS needs a region: pass it after the ARN or set AWS_REGION");
        }

        var transport = new AwsStepFunctionsTransport(new HttpClient(), new AwsStepFunctionsOptions { Region = region });
        return new DataPipelineWorkflowClient(transport, arn);
    }
}
