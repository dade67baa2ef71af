using JobFrame.Cli;

return CliApplication.Run(args, Console.Out, Console.Error);
