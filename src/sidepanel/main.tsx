import { render } from 'preact';
import { App } from './App';
import '../ui/styles.css';

render(<App />, document.getElementById('app')!);
