import type { LineCheckText } from './line-check-types';

export const ptLineCheck: LineCheckText = {
  heading: 'Verificação da linha telefônica',
  intro:
    'Se a operadora de telefonia envia as ligações e mensagens da linha para o Kith. O Kith pergunta à operadora cada vez que esta página abre.',
  checking: 'Perguntando à operadora…',
  failed: 'O Kith não conseguiu terminar a verificação. Tente de novo daqui a um minuto.',
  again: 'Verificar de novo',
  allOk: 'Está tudo conectado.',
  needsFixing: '{count} para corrigir.',
  ok: 'OK',
  fix: 'Precisa corrigir',
  labels: {
    credentials: 'Conta na operadora',
    number: 'O número na operadora',
    'public-url': 'Endereço público do Kith',
    voice: 'Ligações recebidas',
    status: 'Status da ligação',
    fallback: 'Mensagem reserva quando o Kith não pode atender',
    texts: 'Mensagens recebidas',
  },
  problems: {
    'no-provider':
      'Nenhuma operadora está configurada. Quem cuida do servidor coloca os dados da conta da operadora (KITH_PROVIDER_…) e reinicia o Kith.',
    refused:
      'A operadora não aceitou os dados da conta do Kith. Quem cuida do servidor copia os dados de novo do site da operadora e reinicia o Kith.',
    unreachable: 'O Kith não conseguiu falar com a operadora. Confira se o servidor tem acesso à internet.',
    'provider-error': 'A operadora respondeu com um erro. Tente de novo daqui a alguns minutos.',
    'account-suspended':
      'A operadora suspendeu a conta, então ligações e mensagens não vão chegar. Resolva isso com a operadora.',
    'account-closed': 'A conta na operadora está encerrada. Use uma conta ativa.',
    'trial-account':
      'Esta é uma conta de teste: a operadora toca um aviso próprio para cada pessoa que liga e só liga para números verificados com ela. Faça o upgrade da conta na operadora.',
    'no-number': 'O Kith ainda não sabe o número da linha. Adicione em “A linha”, acima.',
    'not-on-account':
      'O número da linha não está nesta conta da operadora. Confira o número acima, ou use a conta que tem esse número.',
    'not-https': 'Este endereço não é seguro (https). A operadora precisa de um endereço seguro.',
    loopback: 'Este endereço só funciona no próprio servidor: a operadora não consegue acessá-lo.',
    private: 'Este endereço só funciona em uma rede privada: a operadora não consegue acessá-lo.',
    'not-set': 'Ainda não definido.',
    'wrong-url': 'Vai para o endereço errado.',
    'wrong-method': 'Usa o método errado.',
    'voice-application':
      'Outro aplicativo na operadora atende as ligações no lugar do Kith. Mude isso no site da operadora.',
    'sms-application':
      'Outro aplicativo na operadora recebe as mensagens no lugar do Kith. Mude isso no site da operadora.',
    trunk:
      'Um sistema telefônico (tronco SIP) na operadora atende as ligações no lugar do Kith. Mude isso no site da operadora.',
    fax: 'O número está configurado para receber fax. Mude para chamadas de voz no site da operadora.',
    'points-at-kith':
      'Está no próprio servidor do Kith: quando o Kith não pode atender, ele também não pode. Hospede em outro lugar.',
    'not-checked': 'Não verificado até que os problemas acima sejam corrigidos.',
  },
  now: 'Agora:',
  mustBe: 'Deve ser:',
  howToFix:
    'Para corrigir os endereços, rode kith provider connect em um computador conectado ao Kith: ele mostra cada mudança e pergunta antes. A mensagem reserva é uma página que você hospeda em outro lugar, sem o número de telefone de ninguém; a seção “Connect a phone number” do README explica.',
};
