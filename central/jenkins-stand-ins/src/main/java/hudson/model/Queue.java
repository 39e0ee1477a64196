package hudson.model;

public class Queue {
    public interface Task {}

    public interface FlyweightTask extends Task {}

    public interface Executable {}
}
