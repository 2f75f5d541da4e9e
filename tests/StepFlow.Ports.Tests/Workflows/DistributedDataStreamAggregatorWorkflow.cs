namespace StepFlow.Ports.Tests.Workflows;

/// <summary>
/// Port of step-functions-workflows-collection/distributed-data-stream-aggregator (statemachine/statemachine.asl.json;
/// the folder's other file, data-processing-child.asl.json, is the child workflow it starts): a JSONata machine
/// that fans out over third-party locations with a distributed Map, then merges the part files with a Glue job
/// it polls until done.
/// </summary>
[StateMachine(Comment = "Distributed Data Stream Aggregator", QueryLanguage = QueryLanguage.Jsonata)]
public partial class DistributedDataStreamAggregatorWorkflow
{
    [Pass(
        Name = "Initiate variables",
        StartAt = true,
        Assign = """
        {
          "taskId": "{% $states.input.task_id %}",
          "taskSortKey": "{% $states.input.task_sort_key %}",
          "outputFileName": "{% 'accumulate-' & $string($millis()) & '-file.csv' %}"
        }
        """,
        Next = nameof(GetLocations))]
    partial void InitiateVariables();

    [Task(
        Name = "Get Third-party locations",
        Resource = "arn:aws:states:::aws-sdk:dynamodb:query",
        Arguments = """
        {
          "TableName": "locations",
          "KeyConditionExpression": "task_id = :taskValue",
          "ExpressionAttributeValues": { ":taskValue": { "S": "{% $states.input.task_id %}" } }
        }
        """,
        Next = nameof(IterateContainers))]
    partial void GetLocations();

    // One location per child execution; the batch input hands each child the task id.
    [Map(
        Name = "Iterate Containers",
        ItemProcessor = typeof(LocationProcessor),
        Items = "{% $states.input.Items%}",
        Assign = """{ "taskId1": "{% $taskId %}" }""",
        Label = "IterateContainers",
        MaxConcurrency = 5,
        ItemBatcher = """{ "MaxItemsPerBatch": 1, "BatchInput": { "mapTaskId": "{% $taskId %}" } }""",
        Next = nameof(CombinePartFiles))]
    partial void IterateContainers();

    [Task(
        Name = "Combine Part Files",
        Resource = "arn:aws:states:::glue:startJobRun",
        Arguments = """
        {
          "JobName": "{% 'glue_job' %}",
          "Arguments": {
            "--task_id": "{% $taskId %}",
            "--bucket": "{% 's3-bucket-name' %}",
            "--output_file_name": "{% $outputFileName %}"
          }
        }
        """,
        Output = """{ "Id": "{% $states.result.JobRunId %}" }""",
        Next = nameof(WaitForStatus))]
    partial void CombinePartFiles();

    [Wait(Name = "Wait for the status", Seconds = 30, Next = nameof(HasJobFinished))]
    partial void WaitForStatus();

    [Task(
        Name = "Has Job Finish",
        Resource = "arn:aws:states:::aws-sdk:glue:getJobRun",
        Arguments = """{ "JobName": "{% 'glue_job' %}", "RunId": "{% $states.input.Id %}" }""",
        Next = nameof(HasJobSucceeded))]
    partial void HasJobFinished();

    [Choice(Name = "Has Job succeeded", Default = nameof(WaitForStatus), Output = """{ "Id": "{% $states.input.JobRun.Id %}" }""")]
    [When(Condition = "{% $states.input.JobRun.JobRunState = \"SUCCEEDED\" %}", Next = nameof(UpdateTask))]
    [When(Condition = "{% $states.input.JobRun.JobRunState = \"FAILED\" %}", Next = nameof(JobFailed))]
    partial void HasJobSucceeded();

    [Task(
        Name = "Update DynamoDb",
        Resource = "arn:aws:states:::dynamodb:updateItem",
        Arguments = """
        {
          "TableName": "{% 'task_table' %}",
          "Key": {
            "task_id": { "S": "{% $taskId %}" },
            "created_at": { "S": "{% $taskSortKey %}" }
          },
          "UpdateExpression": "SET #CsvUrl = :fileRef",
          "ExpressionAttributeValues": { ":fileRef": { "S": "{% $outputFileName %}" } },
          "ExpressionAttributeNames": { "#errorCsvUrl": "errorCsvUrl" }
        }
        """,
        Next = nameof(JobSucceeded))]
    partial void UpdateTask();

    [Pass(Name = "Job Succeeded", Output = """{ "outputFileName": "{% $outputFileName %}" }""", End = true)]
    partial void JobSucceeded();

    [Fail(Name = "Job Failed")]
    partial void JobFailed();

    [ItemProcessor(Mode = MapMode.Distributed, ExecutionType = MapExecutionType.Standard)]
    public partial class LocationProcessor
    {
        [Task(
            Name = "Get location Summary",
            StartAt = true,
            Resource = "arn:aws:states:::http:invoke",
            Arguments = """
            {
              "ApiEndpoint": "{% 'api_endpoint'& $states.input.Items.location_id.S &'/get-summary' %}",
              "Method": "GET",
              "InvocationConfig": { "ConnectionArn": "{% 'ConnectionArn' %}" }
            }
            """,
            Output = """
            {
              "failed": "{% $states.result.ResponseBody.states.failed %}",
              "rejected": "{% $states.result.ResponseBody.states.rejected %}"
            }
            """,
            Assign = """
            {
              "locationId": "{% $states.input.Items.location_id.S %}",
              "locationTaskId": "{% $states.input.BatchInput.mapTaskId %}"
            }
            """,
            Next = nameof(HasData))]
        [Retry("States.ALL", BackoffRate = 2, IntervalSeconds = 1, MaxAttempts = 3, JitterStrategy = JitterStrategy.Full)]
        partial void GetLocationSummary();

        [Choice(Name = "Has Data", Default = nameof(DoNothing))]
        [When(Condition = "{% $number($states.input.failed) > 0 or $number($states.input.rejected) > 0 %}", Comment = "location has data", Next = nameof(ExtractData))]
        partial void HasData();

        [Task(
            Name = "Extract Data",
            Resource = "arn:aws:states:::states:startExecution.sync:2",
            Arguments = """
            {
              "StateMachineArn": "{% 'child1' %}",
              "Input": {
                "locationId": "{% $locationId %}",
                "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID": "{% $states.context.Execution.Id %}",
                "taskId": "{% $locationTaskId %}",
                "taskToken": "{% $states.context.Task.Token %}"
              }
            }
            """,
            Next = nameof(DoNothing))]
        partial void ExtractData();

        [Pass(Name = "Do Nothing", Output = "{}", End = true)]
        partial void DoNothing();
    }
}
